import { Anchor } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

/**
 * An in-app link: a real <a href="#/..."> (keyboard, middle-click, screen readers) styled as a
 * Mantine Anchor, typed by the route tree: `<AppLink to="/residents/$id" params={{ id }}>`.
 * It goes through the router, so an unsaved form can ask before leaving.
 */
export const AppLink = createLink(Anchor);
