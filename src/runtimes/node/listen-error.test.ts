import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { describeListenError } from './listen-error.js';

const where = { host: '127.0.0.1', port: 8787 };
const errno = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

describe('describeListenError', () => {
  it('names the busy port and a free one to try', () => {
    const error = describeListenError(errno('EADDRINUSE'), where) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe(
      'port 8787 on 127.0.0.1 is already in use: stop the program using it or set PORT to a free port (e.g. PORT=8788)',
    );
  });

  it('explains privileged ports and addresses this machine does not have', () => {
    expect((describeListenError(errno('EACCES'), { host: '0.0.0.0', port: 80 }) as AppError).message).toMatch(
      /^no permission to listen on 0\.0\.0\.0:80: use a port above 1023/,
    );
    expect((describeListenError(errno('EADDRNOTAVAIL'), { host: '10.9.9.9', port: 8787 }) as AppError).message).toMatch(
      /^HOST=10\.9\.9\.9 is not an address of this machine/,
    );
  });

  it('returns other errors unchanged, so they keep their stack', () => {
    const other = errno('EMFILE');
    expect(describeListenError(other, where)).toBe(other);
  });
});
