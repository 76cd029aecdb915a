/** A one-line progress bar across files, drawn on stderr only when it is a TTY. */
export interface Progress {
  update(done: number, total: number, label: string): void;
  clear(): void;
}

const WIDTH = 24;

export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let drawn = false;
  let last = 0;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (done < total && now - last < 80) return; // at most ~12 redraws a second
      last = now;
      const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
      const room = Math.max(10, (stream.columns ?? 80) - WIDTH - 20);
      const name = label.length > room ? '…' + label.slice(-(room - 1)) : label;
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${name}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
