/**
 * Fault injection for the isolation tests, off unless TTHC_PARSE_FAULTS=1: an input whose
 * first line is `tthc-parse-fault: crash|hang|oom|native|throw|slow` makes the worker fail that way,
 * so tests can show that a dying, hanging or exploding worker costs only its own file
 * (`slow` waits 150 ms, then parses as usual: for interrupting a batch halfway).
 */
export async function injectFault(bytes: Uint8Array): Promise<void> {
  if (process.env.TTHC_PARSE_FAULTS !== '1') return;
  const head = Buffer.from(bytes.subarray(0, 40)).toString('latin1');
  const match = /^tthc-parse-fault: (crash|hang|oom|native|throw|slow)/.exec(head);
  if (!match) return;
  switch (match[1]) {
    case 'crash':
      process.kill(process.pid, 'SIGSEGV');
      return new Promise(() => undefined);
    case 'hang':
      return new Promise(() => undefined);
    case 'oom': {
      const hog: number[][] = [];
      for (;;) hog.push(new Array(1_000_000).fill(hog.length));
    }
    case 'native': {
      // memory outside the JS heap (as image decoders and OCR use): 50 MB more every 50 ms, up to 1.5 GB
      const hog: Buffer[] = [];
      while (hog.length < 30) {
        hog.push(Buffer.alloc(50 * 1024 * 1024, 1));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return new Promise(() => undefined);
    }
    case 'slow':
      return new Promise((resolve) => setTimeout(resolve, 150));
    case 'throw':
      throw new Error('injected fault');
  }
}
