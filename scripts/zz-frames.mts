import { printFrames, printPageBytes } from './bench-browser.ts';
await printPageBytes(process.argv[2]);
await printFrames(process.argv[2], 60);
