import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../../config';

/**
 * The security headers of every answer (API JSON, problem+json, the admin UI, the public page, the API docs).
 * No page runs an inline script: the admin UI is a built bundle, the public page and the API docs load theirs
 * from files, so `script-src 'self'` holds everywhere.
 */
export function securityHeaders(config: Pick<Config, 'HSTS_MAX_AGE'>): RequestHandler {
  const https = config.HSTS_MAX_AGE > 0;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Styles stay 'unsafe-inline': MUI's emotion writes <style> elements at run time and the public page
        // carries its own <style>. A style cannot run code, so scripts stay as strict as above; a nonce for
        // emotion would mean rendering the admin UI's index.html per request instead of serving a static file.
        'style-src': ["'self'", "'unsafe-inline'"],
        // data: for the inline SVG icons of swagger-ui and the admin UI's empty favicon.
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Only behind HTTPS: on the quick start's plain http://127.0.0.1 it would send the assets to a port nobody serves.
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null` with a same-origin form
    // POST, which the same-origin proof (sameOrigin.ts) would then refuse.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: https ? { maxAge: config.HSTS_MAX_AGE } : false,
  });
}
