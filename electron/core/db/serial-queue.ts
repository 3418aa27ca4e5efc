/**
 * Runs operations one at a time. TypeORM's sqlite driver shares a single connection, so two
 * interleaved transactions would nest or see each other's uncommitted rows; queueing every
 * dispatched operation keeps each one atomic and isolated. (A desktop app's load is a few calls a
 * second; a later PostgreSQL driver can lift this.)
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
