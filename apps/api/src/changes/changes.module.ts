import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ChangeFeed } from './change-feed.js';
import { WriteTrackingInterceptor } from './write-tracking.interceptor.js';

@Global()
@Module({
  providers: [ChangeFeed, { provide: APP_INTERCEPTOR, useClass: WriteTrackingInterceptor }],
  exports: [ChangeFeed],
})
export class ChangesModule {}
