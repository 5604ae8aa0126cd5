// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace headroom {

// One worker object at a time on a thread of its own, for a window that must never wait on
// it. The worker has a run() slot, progress and finished() signals and a thread-safe
// cancel(). cancel() tells the worker to stop and forgets it at once: the worker and its
// thread have no parent, finish on their own (after the window is gone if need be) and
// delete themselves.
class BackgroundWorker
{
public:
    BackgroundWorker() = default;
    BackgroundWorker(const BackgroundWorker&) = delete;
    BackgroundWorker& operator=(const BackgroundWorker&) = delete;
    ~BackgroundWorker() { cancel(); }

    // Runs `worker` (made without a parent) on a new thread; its progress and finished()
    // signals reach the receiver's slots in the receiver's thread.
    template <typename Worker, typename Receiver, typename ProgressSlot>
    void start(Worker* worker, Receiver* receiver, ProgressSlot onProgress, void (Receiver::*onFinished)())
    {
        cancel();
        auto* thread = new QThread;
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::started, worker, &Worker::run);
        QObject::connect(worker, &Worker::progress, receiver, onProgress);
        // The thread object lives in the receiver's thread, so quit() is queued behind the
        // receiver's finished slot: the worker is read before its thread ends and deletes it.
        QObject::connect(worker, &Worker::finished, receiver, onFinished);
        QObject::connect(worker, &Worker::finished, thread, &QThread::quit);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_worker = worker;
        m_receiver = receiver;
        m_cancel = [worker] { worker->cancel(); };
        thread->start();
    }

    bool isRunning() const { return m_worker != nullptr; }
    // The running worker, for the receiver's finished slot to read its results; null when none.
    template <typename Worker> Worker* worker() const { return static_cast<Worker*>(m_worker); }
    // Forgets a worker that has finished: it and its thread delete themselves.
    void release()
    {
        m_worker = nullptr;
        m_receiver = nullptr;
        m_cancel = {};
    }
    // Tells a running worker to stop and forgets it without waiting; false when none ran.
    bool cancel()
    {
        if (!m_worker)
            return false;
        m_cancel();
        if (m_receiver)
            QObject::disconnect(m_worker, nullptr, m_receiver, nullptr);
        release();
        return true;
    }

private:
    QObject* m_worker = nullptr;
    QPointer<QObject> m_receiver;
    std::function<void()> m_cancel;
};

} // namespace headroom
