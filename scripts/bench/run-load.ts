import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers: any of them makes the figures suspect. */
  failures: number;
  /** Server CPU time (every process and thread) over requests answered; null when it cannot be read. */
  serverCpuUsPerRequest: number | null;
}

/** One bounded autocannon run against a loopback server. */
export async function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  body?: unknown;
  readServerCpuMs?: () => number | null;
}): Promise<LoadResult> {
  const cpuBefore = options.readServerCpuMs?.() ?? null;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.body === undefined
      ? { method: 'GET' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) }),
  });
  const cpuAfter = options.readServerCpuMs?.() ?? null;
  const answered = result.requests.total;
  return {
    serverCpuUsPerRequest: cpuBefore === null || cpuAfter === null || answered === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / answered,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
