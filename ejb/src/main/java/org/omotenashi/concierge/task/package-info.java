/**
 * What guests' requests become for the hotel's departments: tasks (towels to room 305, a broken air
 * conditioner), their life from open to done, and who works on them. Created by the agent from
 * guest messages (once per message and department) and by staff by hand. Knows nothing of HTTP.
 */
package org.omotenashi.concierge.task;
