import pg from 'pg';

/**
 * The pg client of every pool (the primary's and each replica's). PostgreSQL ends its sessions with an error
 * when it shuts down or restarts (57P01), and pg emits it as an 'error' event on a client that has no query
 * running. The pool and TypeORM each listen to a client only while they hold it, and a client between them
 * (checked out, between two queries) had no listener: Node then ends the process. This listener stays for the
 * client's whole life. The client is unusable afterwards: its holder's next query fails (503
 * database_unavailable), and the pool drops it when it comes back.
 */
export class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
