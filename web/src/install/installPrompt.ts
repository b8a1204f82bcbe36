import { Store } from '../ui/store';

/** Chromium's install offer, held until the person asks for it (the event is not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The browser's offer to install the app, once it made one (`beforeinstallprompt`: the manifest
 * and service worker qualify and the app is not installed yet); null otherwise, and again once
 * installed. Listening starts at the first read.
 */
export const installOffer = new Store<InstallPromptEvent | null>(null, () => {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // no mini-infobar: the app offers it where it fits
    installOffer.set(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => installOffer.set(null));
});

/** Shows the browser's install dialog; an offer can be used once. */
export async function install(): Promise<void> {
  const offer = installOffer.get();
  if (!offer) return;
  installOffer.set(null);
  await offer.prompt();
}
