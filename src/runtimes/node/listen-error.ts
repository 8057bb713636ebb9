import { AppError } from '../../core/errors.js';

/** Why the server could not listen, as one line with the fix; errors it does not know are returned unchanged. */
export function describeListenError(error: unknown, where: { host: string; port: number }): unknown {
  const code = (error as { code?: string }).code;
  const address = `${where.host}:${where.port}`;
  if (code === 'EADDRINUSE') {
    return new AppError(
      'port_in_use',
      `port ${where.port} on ${where.host} is already in use: stop the program using it or set PORT to a free port (e.g. PORT=${nextPort(where.port)})`,
    );
  }
  if (code === 'EACCES') {
    return new AppError(
      'port_forbidden',
      `no permission to listen on ${address}: use a port above 1023 (e.g. PORT=8787) or run with the needed privilege`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new AppError(
      'bad_host',
      `HOST=${where.host} is not an address of this machine: use 127.0.0.1 (local only) or 0.0.0.0 (all interfaces)`,
    );
  }
  return error;
}

function nextPort(port: number): number {
  return port > 0 && port < 65535 ? port + 1 : 8787;
}
