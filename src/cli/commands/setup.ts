// STUB: replaced by the setup implementation.
import { type Command, EXIT } from '../command.js';

export const setupCommand: Command = {
  name: 'setup',
  summary: 'make a registry ready for private-subnet CI from one declarative file',
  options: {},
  help: 'Usage: ecr-pull-through setup',
  async run() {
    return EXIT.failed;
  },
};
