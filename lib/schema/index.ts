export * from './article';
export * from './analysis';
export * from './event';
export * from './view-state';
