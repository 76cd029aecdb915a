/** A one-line progress bar on stderr (pages done / total, ETA), drawn only when stderr is a TTY. */
export interface Progress {
  onProgress: (done: number, total: number) => void;
  /** erase the bar before anything else is printed */
  clear: () => void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, width = 24): Progress | null {
  if (!stream.isTTY) return null;
  const started = Date.now();
  let drawn = false;
  return {
    onProgress(done, total) {
      if (total <= 1) return;
      const share = Math.min(1, done / total);
      const filled = Math.round(share * width);
      const elapsed = (Date.now() - started) / 1000;
      const eta = done > 0 && done < total ? ` ETA ${Math.ceil((elapsed / done) * (total - done))} s` : '';
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pages${eta}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
