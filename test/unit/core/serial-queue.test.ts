import { expect, test } from 'vitest';
import { SerialQueue } from '../../../electron/core/db/serial-queue';

test('the after-each step runs after every task, failed ones too, before its caller hears back and before the next task', async () => {
  const events: string[] = [];
  const queue = new SerialQueue(async () => {
    events.push('after');
  });
  const first = queue.run(async () => {
    events.push('first');
    return 1;
  });
  const second = queue.run(async () => {
    events.push('second');
    throw new Error('refused');
  });
  const third = queue.run(async () => {
    events.push('third');
    return 3;
  });
  expect(await first.then((value) => (events.push('first answered'), value))).toBe(1);
  await expect(second).rejects.toThrow('refused');
  expect(await third).toBe(3);
  expect(events.filter((event) => event !== 'first answered')).toEqual(['first', 'after', 'second', 'after', 'third', 'after']);
  expect(events.indexOf('first answered')).toBeGreaterThan(events.indexOf('after'));
});

test('a failing after-each step never fails the task', async () => {
  const queue = new SerialQueue(() => Promise.reject(new Error('head file not writable')));
  expect(await queue.run(async () => 'done')).toBe('done');
  expect(await queue.run(async () => 'next')).toBe('next');
});
