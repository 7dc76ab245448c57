import { loadConfig } from '../config';
import { logger } from './logger';
import { start } from './server';

// The API process: `node dist/api/main.js`.
async function main() {
  const config = loadConfig();
  const server = await start(config);
  logger.info({ url: server.url }, 'api listening');
  const stop = async (signal: string) => {
    logger.info({ signal }, 'api stopping');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'api failed to start');
  process.exit(1);
});
