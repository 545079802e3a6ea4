/** Domains of personal Google accounts: never an organisation's own, whatever --internal-domain says. */
export const CONSUMER_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com'])
