/**
 * Paths that are neither a file nor a folder (a named pipe, a socket, a device). Reading a named
 * pipe nobody writes to waits for ever, so inputs like these are refused or skipped with a word.
 */

interface FileInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

/** What a directory entry or stat result that is not a file is, in words. */
export function nonFileKind(info: Pick<FileInfo, 'isFIFO' | 'isSocket'>): string {
  return info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device';
}

/**
 * What a path that is neither a file nor a folder is ("a named pipe" …), or null for a file or a
 * folder. An already open descriptor (/dev/stdin, /dev/fd/N as bash's <(…) gives) is read like stdin.
 */
export function notAFile(path: string, info: FileInfo): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (/^\/(dev\/(stdin|fd\/\d+)|proc\/self\/fd\/\d+)$/.test(path)) return null;
  return nonFileKind(info);
}
