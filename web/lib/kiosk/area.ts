/** The self-service kiosk's area (plan B3): its pages live under /kiosk, in both languages. */

/** Where the kiosk starts and where an idle session returns to (Chinese first: no locale prefix). */
export const kioskHome = '/kiosk';

/** Set by the proxy (and only by it: it drops one a browser sends) on requests for the kiosk's pages. */
export const kioskAreaHeader = 'x-yx-kiosk';
