import { regex } from 'react-admin';

/**
 * The shape of a unified social credit code (GB 32100: 18 characters, no I, O, S, V, Z). The check digit
 * is the API's to verify; this only catches a typo before anything is sent.
 */
export const creditCodeShape = regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/i, 'resources.credit-listings.validation.credit_code');
