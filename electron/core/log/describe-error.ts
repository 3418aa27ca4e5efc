/**
 * What the log keeps of an error: its class, its codes and its stack frames — never its message.
 *
 * Why not the message: a message is free text, and free text in this app holds personal details.
 * TypeORM's QueryFailedError copies the driver's text and carries `query` and `parameters` (the names,
 * notes and dates being written); a validation library quotes the value it refused; our own code may
 * put a typed name in a message one day. None of that may leave the computer in a log someone sends.
 * The class, the codes (`SQLITE_CONSTRAINT`, `ENOSPC`, errno) and the frames say where and what kind
 * of failure it was, which is what a developer needs first; the rest can be reproduced.
 * For the same reason no other property is copied (QueryFailedError's `query` may hold literals).
 */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `thrown value of type ${error === null ? 'null' : typeof error}`;
  const lines = [`${className(error)}${codesOf(error)}`, ...stackFramesOf(error)];
  // A cause (Error.cause, AggregateError) is described the same way, a few levels deep.
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < 3) lines.push(`caused by: ${describeError(cause, depth + 1)}`);
  if (error instanceof AggregateError && depth < 3) for (const inner of error.errors.slice(0, 5)) lines.push(`including: ${describeError(inner, depth + 1)}`);
  return lines.join('\n');
}

/** The class as the code named it; `name` only when it is a plain identifier (it is writable). */
function className(error: Error): string {
  const name = /^[A-Za-z_$][\w$]{0,60}$/.test(error.name) ? error.name : 'Error';
  const constructorName = error.constructor?.name;
  return constructorName && constructorName !== name && /^[A-Za-z_$][\w$]{0,60}$/.test(constructorName) ? `${constructorName} (${name})` : name;
}

/** Machine codes only: short identifiers or numbers, so a message cannot hide in them. */
function codesOf(error: Error): string {
  const source = error as { code?: unknown; errno?: unknown; syscall?: unknown };
  const parts: string[] = [];
  if (typeof source.code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(source.code)) parts.push(`code=${source.code}`);
  if (typeof source.code === 'number') parts.push(`code=${source.code}`);
  if (typeof source.errno === 'number' || (typeof source.errno === 'string' && /^[A-Z0-9_-]{1,40}$/.test(source.errno))) parts.push(`errno=${source.errno}`);
  if (typeof source.syscall === 'string' && /^[a-z0-9_]{1,30}$/.test(source.syscall)) parts.push(`syscall=${source.syscall}`);
  return parts.length > 0 ? ` [${parts.join(' ')}]` : '';
}

/**
 * V8's `stack` starts with "Name: message" (which may span lines); only the "at …" frames are kept.
 * Frames name source files and functions of the program, not anything a person typed.
 */
function stackFramesOf(error: Error): string[] {
  let stack = typeof error.stack === 'string' ? error.stack : '';
  // Cut the message out first, so that a message spanning lines cannot pass for a frame.
  const message = typeof error.message === 'string' ? error.message : '';
  if (message && stack.includes(message)) stack = stack.replace(message, '');
  return stack
    .split('\n')
    .filter((line) => /^\s+at \S/.test(line))
    .slice(0, 40)
    .map((line) => `    ${line.trim()}`);
}
