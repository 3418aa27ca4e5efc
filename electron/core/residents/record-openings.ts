/** Openings remembered per window: enough for a busy day's screens, small enough never to matter. */
const OPENINGS_KEPT_PER_CHANNEL = 200;
/** Windows remembered (the preview makes a channel per page load). */
const CHANNELS_KEPT = 100;

/**
 * Which openings of a record were already audited, per window (session channel). A screen names
 * each opening by a UUID it keeps while it shows the record, so asking again (a re-render, React
 * StrictMode's second effect, a retry) does not count as another opening. The person, the record
 * and the opening together are the key: reusing an opening id for another record, or after another
 * person signed in on the same window, is a new opening and is audited.
 * Kept in memory only: after a restart an opening is audited again, which errs on the side of the trail.
 */
export class RecordOpenings {
  private readonly byChannel = new Map<string, Set<string>>();

  wasAudited(channelId: string, key: OpeningKey): boolean {
    return this.byChannel.get(channelId)?.has(keyOf(key)) ?? false;
  }

  /** Called once the opening's audit row is committed. */
  remember(channelId: string, key: OpeningKey): void {
    let openings = this.byChannel.get(channelId);
    if (openings) {
      this.byChannel.delete(channelId); // re-inserted below: the map's order is least recently used first
    } else {
      openings = new Set();
      if (this.byChannel.size >= CHANNELS_KEPT) this.byChannel.delete(this.byChannel.keys().next().value as string);
    }
    this.byChannel.set(channelId, openings);
    openings.add(keyOf(key));
    if (openings.size > OPENINGS_KEPT_PER_CHANNEL) openings.delete(openings.values().next().value as string);
  }
}

export interface OpeningKey {
  accountId: string | null;
  residentId: string;
  openingId: string;
}

const keyOf = (key: OpeningKey) => `${key.accountId ?? '-'}|${key.residentId}|${key.openingId}`;
