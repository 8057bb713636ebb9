import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const LINE_EVERY = 25;

/** A live bar on a terminal; in CI logs (not a TTY) a short line every 25 cases instead. */
export function createProgress(label: string, stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total} cases · {duration}s`, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    update(done, total) {
      if (done % LINE_EVERY === 0 || done === total) stream.write(`${label}: ${done}/${total} cases\n`);
    },
    stop() {},
  };
}
