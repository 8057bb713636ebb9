import { x } from '../slack/blocks.js'; export const z = x;
