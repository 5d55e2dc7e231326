// STUB: replaced by the doctor implementation.
import { type Command, EXIT } from '../command.js';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check a registry for private-subnet CI and say what is missing',
  options: {},
  help: 'Usage: ecr-pull-through doctor',
  async run() {
    return EXIT.failed;
  },
};
