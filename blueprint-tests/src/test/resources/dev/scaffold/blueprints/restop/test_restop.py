"""The re-stop function (index.py, DatabaseRestop.PYTHON of the rendered project) against botocore's
Stubber, which checks every request and canned response against the RDS and ECS service models."""

import os
import unittest
from unittest import mock

import boto3
from botocore.stub import Stubber

import index

INSTANCE = {"CLUSTER": "mf-Cluster", "SERVICE": "mf-Service", "DB_KIND": "instance", "DB_IDENTIFIER": "mf-db"}
CLUSTER = dict(INSTANCE, DB_KIND="cluster", DB_IDENTIFIER="mf-aurora")
# What EventBridge delivers for RDS-EVENT-0154 (the rule matches it; the function does not read it).
EVENT = {"source": "aws.rds", "detail-type": "RDS DB Instance Event",
         "detail": {"EventID": "RDS-EVENT-0154", "SourceIdentifier": "mf-db", "SourceType": "DB_INSTANCE"}}


class Context:
    def __init__(self, millis):
        self.millis = millis

    def get_remaining_time_in_millis(self):
        return self.millis


def client(name):
    return boto3.client(name, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")


class RestopTest(unittest.TestCase):

    def setUp(self):
        self.rds, self.ecs = client("rds"), client("ecs")
        self.rds_stub, self.ecs_stub = Stubber(self.rds), Stubber(self.ecs)
        self.sleep = mock.Mock()
        for patch in (mock.patch.dict(os.environ, INSTANCE),
                      mock.patch.object(index, "clients", return_value=(self.rds, self.ecs)),
                      mock.patch.object(index.time, "sleep", self.sleep)):
            patch.start()
            self.addCleanup(patch.stop)

    def service(self, desired):
        self.ecs_stub.add_response("describe_services",
                                   {"services": [{"serviceName": "mf-Service", "desiredCount": desired}]},
                                   {"cluster": "mf-Cluster", "services": ["mf-Service"]})

    def instance(self, status):
        self.rds_stub.add_response("describe_db_instances",
                                   {"DBInstances": [{"DBInstanceIdentifier": "mf-db", "DBInstanceStatus": status}]},
                                   {"DBInstanceIdentifier": "mf-db"})

    def handle(self, millis=900_000):
        with self.rds_stub, self.ecs_stub:
            result = index.handler(EVENT, Context(millis))
        self.rds_stub.assert_no_pending_responses()
        self.ecs_stub.assert_no_pending_responses()
        return result

    def test_waits_until_the_database_is_available_then_stops_it_while_asleep(self):
        self.service(0)
        self.instance("starting")
        self.instance("available")
        self.service(0)
        self.rds_stub.add_response("stop_db_instance", {"DBInstance": {"DBInstanceIdentifier": "mf-db"}},
                                   {"DBInstanceIdentifier": "mf-db"})

        self.assertEqual(self.handle(), {"stopped": True, "reason": "asleep"})
        self.sleep.assert_called_once_with(index.POLL_SECONDS)

    def test_leaves_an_awake_deployment_alone(self):
        self.service(1)

        self.assertFalse(self.handle()["stopped"])

    def test_leaves_the_database_running_when_the_service_woke_up_while_it_waited(self):
        self.service(0)
        self.instance("starting")
        self.instance("available")
        self.service(1)

        self.assertEqual(self.handle(), {"stopped": False, "reason": "the metadata service woke up meanwhile"})

    def test_does_not_stop_a_database_that_is_already_stopping(self):
        self.service(0)
        self.instance("stopping")

        self.assertFalse(self.handle()["stopped"])

    def test_fails_before_its_timeout_so_that_lambda_retries_the_event(self):
        self.service(0)
        self.instance("starting")

        with self.assertRaises(TimeoutError):
            self.handle(millis=59_000)
        self.sleep.assert_not_called()

    def test_stops_an_aurora_cluster_as_a_whole(self):
        os.environ.update(CLUSTER)
        self.service(0)
        self.rds_stub.add_response("describe_db_clusters",
                                   {"DBClusters": [{"DBClusterIdentifier": "mf-aurora", "Status": "available"}]},
                                   {"DBClusterIdentifier": "mf-aurora"})
        self.service(0)
        self.rds_stub.add_response("stop_db_cluster", {"DBCluster": {"DBClusterIdentifier": "mf-aurora"}},
                                   {"DBClusterIdentifier": "mf-aurora"})

        self.assertTrue(self.handle()["stopped"])


if __name__ == "__main__":
    unittest.main()
