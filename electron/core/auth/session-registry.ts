/**
 * Who is signed in at which window. Kept in memory on purpose: restarting the app signs everyone
 * out. Each call re-reads the account and roles from the database (see auth-service.resolveActor),
 * so a deactivation or role change takes effect at the next click.
 */
export interface LiveSession {
  accountId: string;
  startedAt: number;
  lastActivityAt: number;
  lockedAt: number | null;
}

export class SessionRegistry {
  private readonly byChannel = new Map<string, LiveSession>();

  get(channelId: string): LiveSession | undefined {
    return this.byChannel.get(channelId);
  }

  start(channelId: string, accountId: string, now: number): LiveSession {
    const session = { accountId, startedAt: now, lastActivityAt: now, lockedAt: null };
    this.byChannel.set(channelId, session);
    return session;
  }

  end(channelId: string): void {
    this.byChannel.delete(channelId);
  }

  /** A deactivated account or a changed password ends that person's sessions (but the window that changed it). */
  endAllFor(accountId: string, exceptChannelId?: string): void {
    for (const [channelId, session] of this.byChannel) {
      if (session.accountId === accountId && channelId !== exceptChannelId) this.byChannel.delete(channelId);
    }
  }
}
