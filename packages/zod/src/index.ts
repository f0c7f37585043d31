export * from './gen/zod.gen.js';
