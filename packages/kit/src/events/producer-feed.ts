/** A durable consumer's name, e.g. 'notifications<-applications' (its feed offset, its JetStream durable). */
export const feedConsumerName = (consumer: string, producer: string) => `${consumer}<-${producer}`;
