import crypto from 'node:crypto';

// How a webhook delivery is signed (CONTRACT.md, F13). Apart from domain/sharing.ts, which the delivery workflow
// imports: workflow code has no crypto module.

/** The delivery headers (CONTRACT.md). */
export const DELIVERY_HEADERS = { eventId: 'Zongjian-Event-Id', timestamp: 'Zongjian-Timestamp', signature: 'Zongjian-Signature' } as const;

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the subscription's secret. */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
