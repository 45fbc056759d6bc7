export * from './article';
export * from './analysis';
export * from './event';
