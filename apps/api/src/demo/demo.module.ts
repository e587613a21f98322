import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { InstrumentsModule } from '../instruments/instruments.module.js';
import { OperationsModule } from '../operations/operations.module.js';
import { DemoDataLoader } from './demo-data.loader.js';

@Module({
  imports: [AssessmentsModule, OperationsModule, InstrumentsModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class DemoModule {}
