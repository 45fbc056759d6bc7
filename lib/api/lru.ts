// One implementation, shared with the HTTP server in front of Next (its rendered-page cache).
export { Lru } from '../http/lru.mjs';
