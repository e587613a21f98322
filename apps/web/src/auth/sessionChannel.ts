/** What one tab tells the others of the same browser about the session they share through the cookie. */
export type SessionMessage = { kind: 'signedIn'; userId: string } | { kind: 'signedOut' } | { kind: 'expired' };

export interface SessionChannel {
  post(message: SessionMessage): void;
  listen(onMessage: (message: SessionMessage) => void): void;
}

const CHANNEL_NAME = 'cpc.session';

/**
 * A BroadcastChannel between the tabs of this origin; it carries events only, never a token. Without one (an
 * old browser) every tab still finds out on its next request, which the API answers 401.
 */
export function broadcastChannel(): SessionChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, listen: () => undefined };
  let channel: BroadcastChannel | null = null;
  const open = () => (channel ??= new BroadcastChannel(CHANNEL_NAME));
  return {
    post: (message) => {
      open().postMessage(message);
    },
    listen: (onMessage) => {
      open().onmessage = (event: MessageEvent<SessionMessage>) => {
        onMessage(event.data);
      };
    },
  };
}
