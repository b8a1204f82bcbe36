// A separate entry script, listed before the app's in index.html: it is tiny, so it runs while the
// app's scripts still download, and starts the first feed page (see api/earlyFeed.ts).
import { startEarlyFeed } from './api/earlyFeed';

startEarlyFeed();
