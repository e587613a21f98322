import { Global, Module } from '@nestjs/common';
import { DecisionInForce } from './decision-in-force.js';
import { MethodologyController } from './methodology.controller.js';
import { MethodologyRepository } from './methodology.repository.js';
import { MethodologyService } from './methodology.service.js';

/** Global: every figure, assessment and file names its methodology version, so every module resolves it. */
@Global()
@Module({
  controllers: [MethodologyController],
  providers: [MethodologyRepository, DecisionInForce, MethodologyService],
  exports: [MethodologyService],
})
export class MethodologyModule {}
