import { z } from 'zod';
import data from '../../data/claim-modality.json';
import { normalizeForCompare } from './script-normalize';

const Modality = z.object({ source: z.string(), licence: z.string(), forecast: z.array(z.string().min(1)) });

/** The forecast words of data/claim-modality.json as one pattern (Latin words whole), built on first use. */
let forecastPattern: RegExp | undefined;
function pattern(): RegExp {
  if (!forecastPattern) {
    const words = Modality.parse(data)
      .forecast.map((w) => normalizeForCompare(w))
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((w) => (/^[a-z]/.test(w) ? `\\b${w}\\b` : w));
    forecastPattern = new RegExp(words.join('|'), 'u');
  }
  return forecastPattern;
}

/**
 * Whether a claim states a forecast or an expectation (`路透社调查预估10月出口增长5%`, `exports were
 * expected to fall`) rather than what happened: its figures are then no account of the outcome's.
 */
export function statesForecast(text: string): boolean {
  return pattern().test(normalizeForCompare(text));
}
