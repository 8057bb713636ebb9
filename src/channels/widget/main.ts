import { findScript, readOptions } from './options.js';
import { mountWidget } from './widget.js';

// Read now: document.currentScript is only set while this script first runs.
const options = readOptions(findScript());

if (document.body) mountWidget(options);
else document.addEventListener('DOMContentLoaded', () => mountWidget(options), { once: true });
