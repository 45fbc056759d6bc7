import type { Outlet } from '../../schema/article';
import type { DateFinding } from '../dates/date-finding';

/**
 * One outlet's quirks. Everything here is optional except the identity: an outlet
 * without quirks is a registry entry, and unknown outlets get the generic rules only.
 * Adding an outlet is one file like `rfi.ts` plus a line in `registry.ts`.
 */
export interface OutletAdapter {
  outlet: Outlet;
  /** URL hosts (a host matches itself and its subdomains), e.g. `rfi.fr`. */
  hosts: readonly string[];
  /**
   * Path prefixes on those hosts that belong to this outlet (`/zhongwen` for BBC 中文); an
   * adapter with paths matches a host only under them, so one host can carry several outlets.
   */
  paths?: readonly string[];
  /** The outlet's language (`zh`, `en`): tells apart outlets that share a host or a name. */
  language?: string;
  /** Front-matter `author` spellings, compared after normalisation (see registry). */
  authors: readonly string[];
  /** CSS selectors of page furniture this outlet wraps around stories (removed before reading). */
  dropSelectors?: readonly string[];
  /** Block texts that are this outlet's boilerplate (tested on whole blocks). */
  dropBlocks?: readonly RegExp[];
  /** A date line in this outlet's own format (whole block), read in `timeZone`. */
  readDateline?: (text: string, timeZone: string) => DateFinding | null;
  /**
   * Strips an outlet-specific trailer from the end of the story's last paragraph
   * (e.g. CNA's ROC serial `1120619`), returning the shorter text and any date it carried.
   */
  stripTrailer?: (text: string, timeZone: string) => { text: string; date: DateFinding | null } | null;
  /** A date in this outlet's URL shape, read in `timeZone`. */
  urlDate?: (url: URL, timeZone: string) => DateFinding | null;
}
