import { Store } from './store';

/** When set, the app asks the person to log in or sign up, saying why (e.g. "to like videos"). */
export const loginPrompt = new Store<string | null>(null);

export function askToLogIn(reason: string): void {
  loginPrompt.set(reason);
}
