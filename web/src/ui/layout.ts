import { Store } from './store';

/** Where the app switches to its desktop layout (side navigation, comments beside the video). */
export const DESKTOP_QUERY = '(min-width: 1024px)';

export const isDesktop = () => window.matchMedia(DESKTOP_QUERY).matches;

/** Whether the keyboard shortcuts sheet is open ("?" or the button in the side navigation). */
export const shortcutsOpen = new Store(false);
