# Pull-through cache rules, the Docker Hub credentials secret, and a creation template that expires
# cached images after 30 days. `ecr-pull-through setup --config examples/setup.yaml` does the same
# without Terraform; `ecr-pull-through doctor` checks either.

variable "dockerhub_username" { type = string }
variable "dockerhub_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "dockerhub" {
  # The name must start with ecr-pullthroughcache/ for ECR to use it.
  name = "ecr-pullthroughcache/docker-hub"
}

resource "aws_secretsmanager_secret_version" "dockerhub" {
  secret_id = aws_secretsmanager_secret.dockerhub.id
  secret_string = jsonencode({
    username    = var.dockerhub_username
    accessToken = var.dockerhub_token
  })
}

resource "aws_ecr_pull_through_cache_rule" "docker_hub" {
  ecr_repository_prefix = "docker-hub"
  upstream_registry_url = "registry-1.docker.io"
  credential_arn        = aws_secretsmanager_secret.dockerhub.arn
}

resource "aws_ecr_pull_through_cache_rule" "quay" {
  ecr_repository_prefix = "quay"
  upstream_registry_url = "quay.io"
}

resource "aws_ecr_pull_through_cache_rule" "ecr_public" {
  ecr_repository_prefix = "ecr-public"
  upstream_registry_url = "public.ecr.aws"
}

resource "aws_ecr_pull_through_cache_rule" "k8s" {
  ecr_repository_prefix = "k8s"
  upstream_registry_url = "registry.k8s.io"
}

resource "aws_ecr_repository_creation_template" "pull_through" {
  prefix               = "ROOT"
  description          = "Repositories created by pull-through cache"
  applied_for          = ["PULL_THROUGH_CACHE"]
  image_tag_mutability = "MUTABLE" # cache repositories must accept updated tags
  lifecycle_policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire cached images 30 days after their import"
      selection = {
        tagStatus   = "any"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = 30
      }
      action = { type = "expire" }
    }]
  })
}
