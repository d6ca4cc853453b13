/**
 * The list of commands. Each command module exports `register(program)` and is listed here once.
 */
import type { Command } from 'commander';
import { register as build } from './build.js';
import { register as exportCommand } from './export.js';
import { register as validate } from './validate.js';
import { register as sparql } from './sparql.js';
import { register as serve } from './serve.js';
import { register as query } from './query.js';
import { register as ingest } from './ingest.js';
import { register as push } from './push.js';
import { register as corpus } from './corpus.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [build, exportCommand, validate, sparql, serve, query, corpus, ingest, push];
