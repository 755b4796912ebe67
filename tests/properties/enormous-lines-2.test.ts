import { enormousLinesShard } from './enormous-lines.js';

enormousLinesShard(2);
