-- Messages (threads, with a JSON array of recipients) and per-user notifications.
--
-- messages.recipients holds a JSON array of objects {id, type: user|group|department, status: sent|delivered|read}.
-- Its GIN index idx_message_recipient_status is built in 0009_performance_indexes.sql (it is one of
-- the spec CONCURRENTLY indexes). It is redefined there as GIN (recipients jsonb_path_ops) because the
-- spec expression recipients->'status' is always NULL on an array (DESIGN 4.3).

-- CreateTable
CREATE TABLE "messages" (
    "id" TEXT NOT NULL,
    "sender_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "content_type" "MessageType" NOT NULL DEFAULT 'TEXT',
    "category" "MessageCategory" NOT NULL DEFAULT 'GENERAL',
    "priority" "MessagePriority" NOT NULL DEFAULT 'NORMAL',
    "recipients" JSONB NOT NULL,
    "delivery_method" TEXT[] DEFAULT ARRAY['app']::TEXT[],
    "scheduled_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "status" "MessageStatus" NOT NULL DEFAULT 'DRAFT',
    "read_receipts" JSONB NOT NULL DEFAULT '{}',
    "delivery_status" JSONB NOT NULL DEFAULT '{}',
    "parent_id" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_message_sender" ON "messages"("sender_id");

-- CreateIndex
CREATE INDEX "idx_message_status" ON "messages"("status");

-- CreateIndex
CREATE INDEX "idx_message_category" ON "messages"("category");

-- CreateIndex
CREATE INDEX "idx_message_scheduled" ON "messages"("scheduled_at");

-- CreateIndex
CREATE INDEX "idx_message_sent" ON "messages"("sent_at");

-- AddForeignKey (relation SentMessages, required: Prisma default ON DELETE RESTRICT)
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (self relation MessageThread, optional: ON DELETE SET NULL, replies survive their parent)
ALTER TABLE "messages" ADD CONSTRAINT "messages_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "notifications" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "action_url" TEXT,
    "type" "NotificationType" NOT NULL,
    "category" TEXT,
    "priority" "NotificationPriority" NOT NULL DEFAULT 'NORMAL',
    "is_read" BOOLEAN NOT NULL DEFAULT false,
    "is_archived" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "expires_at" TIMESTAMP(3),
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_notification_user" ON "notifications"("user_id");

-- CreateIndex
CREATE INDEX "idx_notification_user_read" ON "notifications"("user_id", "is_read");

-- CreateIndex
CREATE INDEX "idx_notification_type" ON "notifications"("type");

-- CreateIndex
CREATE INDEX "idx_notification_created" ON "notifications"("created_at");

-- AddForeignKey (relation UserNotifications, onDelete: Cascade in the spec)
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
