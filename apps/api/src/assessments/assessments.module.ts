import { Module } from '@nestjs/common';
import { AssessmentRepository } from './assessment.repository.js';

@Module({ providers: [AssessmentRepository], exports: [AssessmentRepository] })
export class AssessmentsModule {}
