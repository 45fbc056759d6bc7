import type { OutletAdapter } from './adapter';

/** A major English-language outlet without quirks: its identity, hosts and the zone its dates are read in. */
const press = (id: string, name: string, host: string, timeZone: string, authors: string[] = []): OutletAdapter => ({
  outlet: { id, name, english: name, timeZone },
  hosts: [host],
  language: 'en',
  authors: [name, host, ...authors],
});

/** US and UK national outlets (the English corpus and the English sample event). */
export const ENGLISH_PRESS: readonly OutletAdapter[] = [
  press('nytimes', 'The New York Times', 'nytimes.com', 'America/New_York', ['New York Times', 'nytimes']),
  press('washingtonpost', 'The Washington Post', 'washingtonpost.com', 'America/New_York', ['Washington Post', 'washingtonpost']),
  press('usatoday', 'USA Today', 'usatoday.com', 'America/New_York', ['usatoday']),
  press('nypost', 'New York Post', 'nypost.com', 'America/New_York', ['nypost']),
  press('telegraph', 'The Telegraph', 'telegraph.co.uk', 'Europe/London', ['Telegraph', 'telegraph']),
  press('guardian', 'The Guardian', 'theguardian.com', 'Europe/London', ['Guardian', 'theguardian']),
  press('independent', 'The Independent', 'independent.co.uk', 'Europe/London', ['Independent', 'independent']),
  press('express', 'Daily Express', 'express.co.uk', 'Europe/London', ['Express', 'express']),
  press('dailymail', 'Daily Mail', 'dailymail.co.uk', 'Europe/London', ['Mail Online', 'dailymail']),
  press('mirror', 'Daily Mirror', 'mirror.co.uk', 'Europe/London', ['Mirror', 'mirror']),
  press('thesun', 'The Sun', 'thesun.co.uk', 'Europe/London', ['thesun']),
  press('standard', 'Evening Standard', 'standard.co.uk', 'Europe/London', ['Standard', 'standard']),
];
