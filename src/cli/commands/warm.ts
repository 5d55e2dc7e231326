// STUB: replaced by the warm implementation.
import { type Command, EXIT } from '../command.js';

export const warmCommand: Command = {
  name: 'warm',
  summary: 'make every image ready in the pull-through cache before a build pulls it',
  options: {},
  help: 'Usage: ecr-pull-through warm [IMAGE...] [--from PATH...]',
  async run() {
    return EXIT.failed;
  },
};
