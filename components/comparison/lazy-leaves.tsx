'use client';

import dynamic from 'next/dynamic';

/*
 * The heavy client leaves of the tabs (sortable tables: @tanstack/react-table; charts: d3),
 * each in its own chunk, fetched when its tab is rendered rather than with every comparison
 * page. Server-rendered as before (no layout shift); only the JavaScript is deferred.
 */
export const ClaimsTable = dynamic(() => import('../tables/ClaimsTable').then((m) => m.ClaimsTable));
export const EntitiesTable = dynamic(() => import('../tables/EntitiesTable').then((m) => m.EntitiesTable));
export const Timeline = dynamic(() => import('../timeline/Timeline').then((m) => m.Timeline));
export const TermsChart = dynamic(() => import('../framing/TermsChart').then((m) => m.TermsChart));
