import { v7 as uuidv7 } from 'uuid';

/**
 * Every record id is a UUID v7 made here in the core: ids from several workstations never clash
 * (a later shared database and offline laptops), and v7 sorts by creation time.
 */
export function newId(): string {
  return uuidv7();
}
